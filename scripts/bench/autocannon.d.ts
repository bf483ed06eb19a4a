// The part of autocannon 8's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
	export interface Histogram {
		average: number;
		min: number;
		max: number;
		p50: number;
		p90: number;
		p99: number;
		p99_9: number;
	}
	export interface RawRequest {
		method?: string;
		path?: string;
		headers?: Record< string, string >;
		body?: string | Buffer;
	}
	export interface RequestSpec extends RawRequest {
		setupRequest?: (
			request: RawRequest,
			context: Record< string, unknown >
		) => RawRequest;
		onResponse?: (
			status: number,
			body: string,
			context: Record< string, unknown >
		) => void;
	}
	export interface Options {
		url: string;
		method?: string;
		headers?: Record< string, string >;
		body?: string;
		connections?: number;
		pipelining?: number;
		duration?: number;
		amount?: number;
		timeout?: number;
		requests?: RequestSpec[];
	}
	export interface Result {
		requests: Histogram & { total: number };
		latency: Histogram;
		throughput: Histogram;
		duration: number;
		errors: number;
		timeouts: number;
		non2xx: number;
		'2xx': number;
		statusCodeStats: Record< string, { count: number } >;
	}
	function autocannon( options: Options ): Promise< Result >;
	export default autocannon;
}
