// Brazilian Portuguese version of about-en.ts: what this bot itself stores and logs. Same entries in the same
// order as about-en.ts; keep it true to the code in src/reminders (storage) and src/log.ts (logging).

export const aboutBot = {
  title: 'Sobre este bot e a sua privacidade',
  intro:
    'Este bot explica configurações do LinkedIn. Ele não consegue ver nem alterar a sua conta do LinkedIn; só você pode desativar a configuração.',
  stores: [
    'Nada sobre você quando você faz uma pergunta ou abre um guia: as perguntas são respondidas e esquecidas.',
    'Para um lembrete fixado: a plataforma, o id do servidor ou do workspace, o id do canal, o id da mensagem, a programação, a versão do conteúdo e o número de confirmações.',
    'Quando você clica em “Já desativei”: um hash do seu id de usuário feito com uma chave secreta (HMAC; a chave fica no banco de dados desta instalação), só para contar cada pessoa uma vez. Nunca o seu nome nem o seu id original.',
  ],
  logs: [
    'Os logs guardam nomes de comandos e de tópicos, tempos e erros. No nível info, nunca o texto de mensagens, perguntas, tokens ou ids de usuário originais.',
    'Desafixar um lembrete encerra a programação dele; as confirmações com hash são apagadas junto com ele.',
  ],
  code: 'O bot é de código aberto: quem opera esta instalação pode mostrar a configuração a você.',
} as const;
