export * from './contract';
export * from './channels';
export { passphraseProblem, PASSPHRASE_MESSAGES } from './passphrase-rules';
