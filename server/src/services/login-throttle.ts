import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Counts failed logins (form, Basic, a wrong current password) per account and per client
 * address (API.md "Accounts and the edge"). Only failures count; a block always ends.
 * NOTE: an interface so that the counters can move to the shared database later.
 */
export interface LoginThrottle {
	/** Seconds the account or the address must still wait before trying again; 0 when it may try. */
	retryAfter: (
		account: string,
		address: string | null
	) => Promise< number >;
	/** Records a failed attempt; answers the seconds both must now wait (0 while attempts remain). */
	failed: ( account: string, address: string | null ) => Promise< number >;
	/** A successful login: the account's count starts again (the address's does not). */
	succeeded: ( account: string ) => Promise< void >;
}

export interface ThrottleRule {
	/** Failures allowed within `windowSeconds`; the last one starts the block. */
	failures: number;
	windowSeconds: number;
	blockSeconds: number;
}

export interface ThrottlePolicy {
	account: ThrottleRule;
	address: ThrottleRule;
}

/** 5 failures per account in 15 minutes block it for 15 minutes; 30 per address block it for an hour. */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
	account: { failures: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
	address: { failures: 30, windowSeconds: 15 * 60, blockSeconds: 60 * 60 },
};

class Counter {
	private readonly limiter: RateLimiterMemory;

	constructor(
		prefix: string,
		private readonly rule: ThrottleRule
	) {
		this.limiter = new RateLimiterMemory( {
			keyPrefix: prefix,
			points: rule.failures,
			duration: rule.windowSeconds,
		} );
	}

	async waitMs( key: string ): Promise< number > {
		const res = await this.limiter.get( key );
		return res &&
			res.consumedPoints >= this.rule.failures &&
			res.msBeforeNext > 0
			? res.msBeforeNext
			: 0;
	}

	async fail( key: string ): Promise< number > {
		const res = await this.limiter.penalty( key, 1 );
		if ( res.consumedPoints < this.rule.failures ) {
			return 0;
		}
		await this.limiter.block( key, this.rule.blockSeconds );
		return this.rule.blockSeconds * 1000;
	}

	async reset( key: string ): Promise< void > {
		await this.limiter.delete( key );
	}
}

const seconds = ( ms: number ) => Math.ceil( ms / 1000 );

/** The throttle in this process's memory (rate-limiter-flexible's RateLimiterMemory). */
export class MemoryLoginThrottle implements LoginThrottle {
	private readonly accounts: Counter;
	private readonly addresses: Counter;

	constructor( policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY ) {
		this.accounts = new Counter( 'login_account', policy.account );
		this.addresses = new Counter( 'login_address', policy.address );
	}

	async retryAfter(
		account: string,
		address: string | null
	): Promise< number > {
		const waits = await Promise.all( [
			this.accounts.waitMs( account ),
			address ? this.addresses.waitMs( address ) : 0,
		] );
		return seconds( Math.max( ...waits ) );
	}

	async failed( account: string, address: string | null ): Promise< number > {
		const waits = await Promise.all( [
			this.accounts.fail( account ),
			address ? this.addresses.fail( address ) : 0,
		] );
		return seconds( Math.max( ...waits ) );
	}

	async succeeded( account: string ): Promise< void > {
		await this.accounts.reset( account );
	}
}
