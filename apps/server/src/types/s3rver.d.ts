// s3rver (a test dependency) ships no types; the tests use this much of it.
declare module 's3rver' {
  import type { AddressInfo } from 'node:net';
  export default class S3rver {
    constructor(options: {
      port?: number;
      address?: string;
      silent?: boolean;
      directory?: string;
      /** Host names <bucket>.s3.<serviceEndpoint> address a bucket virtual-hosted style (default amazonaws.com). */
      serviceEndpoint?: string;
      configureBuckets?: { name: string; configs: unknown[] }[];
    });
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
