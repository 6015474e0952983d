import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CircuitBreaker } from './circuit-breaker.js';

describe('CircuitBreaker', () => {
  it('opens after the threshold, probes once after the cooldown, and closes on success', () => {
    let now = 0;
    const b = new CircuitBreaker(3, 1000, () => now);
    for (let i = 0; i < 2; i++) {
      assert.ok(b.tryAcquire());
      b.failure();
    }
    assert.equal(b.state, 'closed');
    b.failure();
    assert.equal(b.state, 'open');
    assert.equal(b.tryAcquire(), false);
    now = 1000;
    assert.equal(b.tryAcquire(), true, 'one probe');
    assert.equal(b.tryAcquire(), false, 'only one probe at a time');
    b.success();
    assert.equal(b.state, 'closed');
    assert.ok(b.tryAcquire());
  });

  it('a failed probe re-opens for another cooldown; a released probe frees the slot', () => {
    let now = 0;
    const b = new CircuitBreaker(1, 500, () => now);
    b.failure();
    now = 500;
    assert.ok(b.tryAcquire());
    b.failure();
    assert.equal(b.state, 'open');
    assert.equal(b.retryAt, 1000);
    now = 1000;
    assert.ok(b.tryAcquire());
    b.release();
    assert.ok(b.tryAcquire());
  });

  it('success resets the consecutive count', () => {
    const b = new CircuitBreaker(2, 1000);
    b.failure();
    b.success();
    b.failure();
    assert.equal(b.state, 'closed');
  });
});
