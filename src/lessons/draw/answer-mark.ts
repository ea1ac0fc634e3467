/**
 * The User Timing mark made each time the answer beside the pad is written, changed or not: browser
 * performance tools, and `npm run bench`, time a stroke's frames by it. It is cleared as soon as it is
 * made, so a long drawing session does not fill the page's timeline buffer; observers still see it.
 */
export const ANSWER_MARK = 'nnlab:digit-answer';

export function markAnswer(): void {
  performance.mark(ANSWER_MARK);
  performance.clearMarks(ANSWER_MARK);
}
