import { createTalkMock } from './src/index.js'
for (let i = 0; i < 300; i++) await createTalkMock({ scenario: 'crowded-call' }).ready
const t = performance.now()
for (let i = 0; i < 1000; i++) await createTalkMock({ scenario: 'crowded-call' }).ready
console.log('cold crowded µs', ((performance.now() - t)).toFixed(0))
