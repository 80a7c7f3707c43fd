/** Every check the product runs, in the order their findings are listed for a tie. */
import { Check } from '../findings';
import { approximatePreciseCheck } from './approximatePrecise';
import { baselineMismatchCheck } from './baselineMismatch';
import { growthMismatchCheck } from './growthMismatch';
import { headingSequenceCheck } from './headingSequence';
import { partExceedsTotalCheck } from './partExceedsTotal';
import { rateGranularityCheck } from './rateGranularity';
import { rateMismatchCheck } from './rateMismatch';
import { rateOutOfRangeCheck } from './rateOutOfRange';
import { restatedMismatchCheck } from './restatedMismatch';
import { sumMismatchCheck } from './sumMismatch';

export const ALL_CHECKS: readonly Check[] = [
  headingSequenceCheck,
  rateMismatchCheck,
  rateGranularityCheck,
  rateOutOfRangeCheck,
  sumMismatchCheck,
  partExceedsTotalCheck,
  growthMismatchCheck,
  restatedMismatchCheck,
  baselineMismatchCheck,
  approximatePreciseCheck,
];
