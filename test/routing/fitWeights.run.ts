// Fits the router's weights on the development sets and prints them with each set's scores:
// `npx vitest run --config test/routing/vitest.fit.config.ts`. Paste the result into routingWeights.ts.
import { it } from 'vitest';
import { HAND_SET_ROUTING_WEIGHTS, ROUTING_WEIGHTS } from '../../packages/core/src/routing/routingWeights';
import { DEVELOPMENT_SETS, fitRoutingWeights, scoreWithWeights } from './fitWeights';

const percent = (value: number) => (value * 100).toFixed(1);

it('fits the routing weights', () => {
  // From the weights in use, guarded by the hand-set ones: no development set may end up more than 2 points below them.
  const { weights, objective } = fitRoutingWeights(ROUTING_WEIGHTS, HAND_SET_ROUTING_WEIGHTS);
  console.log(`fitted weights (objective ${objective.toFixed(4)}):\n${JSON.stringify(weights, null, 2)}`);
  for (const set of DEVELOPMENT_SETS) {
    const before = scoreWithWeights(set, HAND_SET_ROUTING_WEIGHTS);
    const after = scoreWithWeights(set, weights);
    console.log(
      `${set.name}: top-1 ${percent(before.top1Accuracy)} → ${percent(after.top1Accuracy)}, ` +
        `rejection ${percent(before.rejectionRate)} → ${percent(after.rejectionRate)}`,
    );
  }
}, 1_800_000);
