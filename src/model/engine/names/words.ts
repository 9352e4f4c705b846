/**
 * Our own word lists for generated container names, in Docker's `adjective_surname` style
 * (moby pkg/namesgenerator). Surnames honour scientists and engineers, several of them Indonesian.
 */

/** Adjectives for the first half of a generated name. */
export const ADJECTIVES = [
  'agile', 'amazing', 'ardent', 'awesome', 'blissful', 'bold', 'brave', 'bright', 'busy', 'calm',
  'careful', 'charming', 'cheerful', 'clever', 'cool', 'cosmic', 'curious', 'daring', 'dazzling',
  'determined', 'diligent', 'eager', 'elated', 'elegant', 'epic', 'fervent', 'festive', 'focused',
  'friendly', 'gallant', 'gentle', 'gifted', 'glad', 'graceful', 'happy', 'hardy', 'heuristic',
  'hopeful', 'humble', 'inspiring', 'jolly', 'jovial', 'keen', 'kind', 'laughing', 'lively',
  'loving', 'lucid', 'magical', 'merry', 'mindful', 'modest', 'musing', 'mystifying', 'nice',
  'nifty', 'nimble', 'noble', 'optimistic', 'patient', 'peaceful', 'placid', 'playful', 'pensive',
  'polite', 'proud', 'quick', 'quiet', 'radiant', 'relaxed', 'resolute', 'serene', 'sharp', 'shy',
  'silly', 'sleepy', 'smart', 'steady', 'stoic', 'sunny', 'sweet', 'tender', 'thirsty', 'tidy',
  'trusting', 'upbeat', 'vibrant', 'vigilant', 'vigorous', 'wise', 'witty', 'wonderful', 'zealous',
];

/** Surnames for the second half of a generated name. */
export const SURNAMES = [
  'agnesi', 'albattani', 'archimedes', 'babbage', 'banach', 'bardeen', 'bell', 'bhabha', 'bohr',
  'boole', 'bose', 'brahmagupta', 'carson', 'cerf', 'chandrasekhar', 'curie', 'darwin', 'dijkstra',
  'einstein', 'euclid', 'euler', 'faraday', 'fermat', 'fermi', 'feynman', 'franklin', 'galileo',
  'gauss', 'goodall', 'habibie', 'hamilton', 'hawking', 'heisenberg', 'hodgkin', 'hopper',
  'hypatia', 'ishizaka', 'jackson', 'johnson', 'kalam', 'kepler', 'khorana', 'knuth', 'kowalevski',
  'lamarr', 'lamport', 'leakey', 'liskov', 'lovelace', 'lumiere', 'mahavira', 'mayer', 'mccarthy',
  'mcclintock', 'meitner', 'mendel', 'mirzakhani', 'morse', 'newton', 'noether', 'pascal',
  'pasteur', 'payne', 'poincare', 'ramanujan', 'ride', 'ritchie', 'rubin', 'saha', 'sammet',
  'shannon', 'sinoussi', 'soedjatmoko', 'sumarsono', 'swartz', 'tesla', 'thompson', 'torvalds',
  'turing', 'varahamihira', 'villani', 'wallace', 'wescoff', 'wiles', 'williams', 'wing', 'wozniak',
  'wright', 'yalow', 'yonath', 'zhukovsky',
];
