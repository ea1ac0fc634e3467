/** What the notes printed for simpleNet (cells In [72]–[75]), quoted as text to set beside our numbers. */
export const NOTES_PRINTOUT = {
  scores: '[ 0.56284415 -0.07093683 -0.68461625]',
  predictedClass: '0',
  loss: '2.4266863149107696',
  gradient: ['[[-0.20980036 -0.07461792  0.28441828]', ' [-0.31470054 -0.11192688  0.42662741]]'],
} as const;
