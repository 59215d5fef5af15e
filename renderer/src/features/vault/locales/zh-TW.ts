/** Screen text of the vault feature in Traditional Chinese (the default). */
export const zhTW = {
  'setup.title': '初次設定',
  'setup.intro': '請設定用來保護客戶資料的密碼。資料庫會以此密碼加密保存在本機。',
  'passphrase.new': '新密碼',
  'setup.passphrase': '密碼',
  'setup.passphraseHint': '至少 10 個字元；建議使用一句好記的句子。',
  'setup.confirm': '再次輸入密碼',
  'setup.mismatch': '兩次輸入的密碼不一致',
  'setup.submit': '建立加密資料庫',
  'setup.or': '或',
  'setup.newInstead': '改為建立新的資料庫',
  'setup.recoveryTitle': '請抄寫復原碼',
  'setup.recoveryWarningTitle': '復原碼只會顯示這一次',
  'setup.recoveryWarning':
    '忘記密碼時，只能用復原碼取回資料。請抄寫在紙上並妥善保管，不要拍照或存在電腦中。遺失密碼與復原碼，資料將無法復原。',
  'setup.recoveryCodeLabel': '復原碼',
  'setup.recoveryAck': '我已抄寫復原碼',
  'setup.recoveryContinue': '繼續',

  'unlock.title': '解鎖',
  'unlock.passphrase': '密碼',
  'unlock.submit': '解鎖',
  'unlock.useRecovery': '忘記密碼？使用復原碼',
  'unlock.usePassphrase': '改用密碼解鎖',
  'unlock.recoverTitle': '以復原碼解鎖',
  'unlock.recoveryCode': '復原碼',
  'unlock.recoverSubmit': '解鎖並設定新密碼',
  'unlock.remember': '在此電腦記住（由作業系統金鑰圈保護）',
  'unlock.withDevice': '以此電腦記住的金鑰解鎖',
  'unlock.forgetDevice': '不再記住此電腦',

  'launchLink.title': '請用啟動時的網址開啟',
  'launchLink.why':
    '此分頁沒有有效的連線金鑰：瀏覽器模式只接受啟動時印出的完整網址（含 #token= 之後的部分），且每次啟動都會更換，因此重試也無法連線。',
  'launchLink.howIntro': '請依下列步驟取得新的網址：',
  'launchLink.stepRestart':
    '重新啟動 AdvisorDesk：在終端機再次執行 npm start 或 npm run web（或重新開啟應用程式）。',
  'launchLink.stepOpen': '開啟終端機「Open:」後面印出的完整網址，包含 #token= 及其後的文字。',
  'launchLink.sameData': '資料仍保存在原本的資料夾中，重新啟動不會遺失任何資料。',
} as const satisfies Record<string, string>;
