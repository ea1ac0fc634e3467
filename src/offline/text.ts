import { defineText } from '../i18n/use-text';

export const offlineText = defineText({
  ko: {
    ready: '이 앱과 MNIST 데이터가 이 기기에 저장되었습니다. 이제 인터넷이 끊겨도 모든 수업이 열립니다.',
    updated: '새 버전이 준비되었습니다. 다음에 페이지를 열 때 적용됩니다.',
    reloadNow: '지금 새로고침',
    dismiss: '알림 닫기',
  },
  en: {
    ready: 'The app and the MNIST data are now stored on this device: every lesson opens without a network.',
    updated: 'A new version is ready. It takes effect the next time the page is opened.',
    reloadNow: 'Reload now',
    dismiss: 'Close notice',
  },
});
