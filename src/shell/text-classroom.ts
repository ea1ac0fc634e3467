import { defineText } from '../i18n/use-text';

/** The shell's classroom controls: sharing a page, presenting it step by step. */
export const classroomText = defineText({
  ko: {
    share: '공유',
    shareTitle: '이 페이지 공유',
    shareBody: '학생들이 이 QR 코드를 찍거나 링크를 열면 지금과 같은 설정으로 이 페이지가 열립니다. 발표 모드는 링크에 넣지 않습니다.',
    shareLink: '링크',
    copy: '링크 복사',
    copied: '링크를 복사했습니다.',
    copyFailed: '복사하지 못했습니다. 링크를 직접 선택해 복사하세요.',
    qrLabel: '이 페이지 링크의 QR 코드: {url}',
    close: '닫기',
  },
  en: {
    share: 'Share',
    shareTitle: 'Share this page',
    shareBody: 'Students who scan this QR code or open the link get this page with the same settings. Presenter mode is left out of the link.',
    shareLink: 'Link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy. Select the link and copy it yourself.',
    qrLabel: 'QR code of this page’s link: {url}',
    close: 'Close',
  },
});
