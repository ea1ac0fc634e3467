import { useState, useSyncExternalStore } from 'react';
import { defineText, useText } from '../i18n/use-text';
import { onSettingsProblem, settingsProblem } from '../storage/safe-storage';

const text = defineText({
  ko: {
    quota: '이 사이트가 설정을 저장하는 공간(localStorage)이 가득 찼습니다. 언어와 단원 진행 상황을 이 기기에 저장하지 못해서, 페이지를 닫으면 잊힙니다. 브라우저 설정에서 이 사이트의 데이터를 지우면 다시 저장할 수 있습니다.',
    unavailable: '이 브라우저가 설정 저장을 허용하지 않습니다(사생활 보호 모드이거나 저장소가 꺼져 있습니다). 언어와 단원 진행 상황은 페이지를 닫으면 잊힙니다.',
    dismiss: '닫기',
  },
  en: {
    quota: 'This site’s space for settings (localStorage) is full, so your language and lesson progress could not be saved on this device: they will be forgotten when the page closes. Clearing this site’s data in the browser settings makes room again.',
    unavailable: 'This browser does not let the site keep settings (private mode, or storage turned off): your language and lesson progress will be forgotten when the page closes.',
    dismiss: 'Dismiss',
  },
});

/** Says once, on whichever page the user is, that small settings are not being kept. */
export function SettingsStorageNotice() {
  const t = useText(text);
  const problem = useSyncExternalStore(onSettingsProblem, settingsProblem, settingsProblem);
  const [dismissed, setDismissed] = useState(false);
  if (problem === null || dismissed) return null;
  return (
    <div className="notice notice-warning" role="alert" data-testid="settings-storage-notice">
      <p>{problem === 'quota' ? t.quota : t.unavailable}</p>
      <button type="button" onClick={() => setDismissed(true)}>{t.dismiss}</button>
    </div>
  );
}
