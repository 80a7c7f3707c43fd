/** Every check the product runs, in the order their findings are listed for a tie. */
import { Check } from '../findings';
import { headingSequenceCheck } from './headingSequence';

export const ALL_CHECKS: readonly Check[] = [headingSequenceCheck];
