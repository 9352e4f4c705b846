/**
 * Every layer of docs/reference/catalog.json, copied verbatim (the golden transcripts depend on
 * these digests, chain IDs and sizes). Base layers are reused by the other catalog files.
 */
import type { LayerSpec } from './image-spec';

/** catalog.json layer `alpine-3.22-base`. */
export const ALPINE_3_22_BASE: LayerSpec = {
  name: 'alpine-3.22-base',
  blob: 'sha256:81e66d712b90241119eb77fbcf2963848879ed62584e6a2be9ae9f2c7408a7cc',
  diffID: 'sha256:30858d045d464f5bf7de216a1803bf67a87bb6d6818f1ac0b5d0fe001f63b3d2',
  csize: 3_799_000,
  usize: 8_309_000,
  chainID: 'sha256:3d9e7c26f42fbb7e3e67c9646f2a9e4491e9319b8e2f66796a9c432f8528e925',
};

/** catalog.json layer `debian-bookworm-slim`. */
export const DEBIAN_BOOKWORM_SLIM: LayerSpec = {
  name: 'debian-bookworm-slim',
  blob: 'sha256:d3ce05dfd4ee58e1c3c694fe1d122b6788078fd5258d154b3aa2b3d4952e0b16',
  diffID: 'sha256:e352e8cfe2ff8b5c5beba9df128bc6c7a87fbd3e5c6002566f89afd75abd7f63',
  csize: 28_230_000,
  usize: 74_800_000,
  chainID: 'sha256:a5b4bb848029f4b2d33b4a3937a52dd2bb8f8926fd4ee883ab09754af9076bdd',
};

/** catalog.json layer `nginx-deb-1`. */
export const NGINX_DEB_1: LayerSpec = {
  name: 'nginx-deb-1',
  blob: 'sha256:04fa1f7933803f2c8edd4d1fe6d66e95abbd6e3be7bcd365d1b1bef89109dd57',
  diffID: 'sha256:8275ee1ca2d5e004008d2f35e7ffeed7a6ccf128bd0e382ebd4fd29e89827cc5',
  csize: 41_800_000,
  usize: 117_000_000,
  chainID: 'sha256:cb29aa781fa907c930419d62eb201db63fe8af3ed84fbc0d03c36c9a4ca4fae8',
};

/** catalog.json layer `nginx-deb-2`. */
export const NGINX_DEB_2: LayerSpec = {
  name: 'nginx-deb-2',
  blob: 'sha256:11e6bd3b64dd989a5294f14512f498a3f4491ab6abf3de76e400979e32b8e9d3',
  diffID: 'sha256:6721724043e3876c396a842e0df1ed426594b5229063ab55278b4fc5cc114c06',
  csize: 628,
  usize: 2_670,
  chainID: 'sha256:475c3eed2fe18890cd918bdb794df378ad45cc1341cca64b43caa024934c8529',
};

/** catalog.json layer `nginx-deb-3`. */
export const NGINX_DEB_3: LayerSpec = {
  name: 'nginx-deb-3',
  blob: 'sha256:8fdc1d24c421a0b1426a9516aa405b40f50122f9c25a244577210927eb16146f',
  diffID: 'sha256:86e9668ea57dc5f9833d078b1fe94ce9bb5d49767eb5fcf6a818bd2cce20d6ca',
  csize: 955,
  usize: 4_620,
  chainID: 'sha256:24a22ca1a630592dc7ccf677f7281a2599862ef89d47e0f98a023bbd6bdfc5f7',
};

/** catalog.json layer `nginx-deb-4`. */
export const NGINX_DEB_4: LayerSpec = {
  name: 'nginx-deb-4',
  blob: 'sha256:0f0c92bb87f8d9238e6a5bd6e197c403aa500373b9e53ab125a4d6cec0df92b6',
  diffID: 'sha256:9d66953f1279e6e611693bd479f03f2e053ce090d8dbc70a09ac87ae4dbcfdd0',
  csize: 405,
  usize: 1_210,
  chainID: 'sha256:8b40bae852c41b0a9c31aab74fe4f9c721bf0c0fe83742bf895f0737d7de0d42',
};

/** catalog.json layer `nginx-deb-5`. */
export const NGINX_DEB_5: LayerSpec = {
  name: 'nginx-deb-5',
  blob: 'sha256:6c7065327e10bfd3838e2702d0d90de997c338d08f7e215aaae5b3fe421c7c10',
  diffID: 'sha256:5759b1aeb86eeb81165644a5e0336b2720f8be054c154f37c20f44a6837b3ae9',
  csize: 1_210,
  usize: 5_550,
  chainID: 'sha256:596c1f79ccac1ecccdf73d7c9bf1938cfe92d2535e39f7cf4db78ab145aad5fd',
};

/** catalog.json layer `nginx-deb-6`. */
export const NGINX_DEB_6: LayerSpec = {
  name: 'nginx-deb-6',
  blob: 'sha256:b2c8944caab02450f7708c4576a89063f51e0592a4442692119d250756440b8a',
  diffID: 'sha256:c6e7dd08f1671dcda63120f084e2ff18928a296c6a4667f8b1d02fe5710860e2',
  csize: 1_400,
  usize: 3_020,
  chainID: 'sha256:49c653c14645a6e213756c3d0895593f19311a9b0b01c50188c662f6f3cde34b',
};

/** catalog.json layer `nginx-alp-1`. */
export const NGINX_ALP_1: LayerSpec = {
  name: 'nginx-alp-1',
  blob: 'sha256:46b8ff9f2bf0fe86c6e7cea32d75e8a8e58859e533c717fa851b16aeccd2bb6a',
  diffID: 'sha256:83cb0f74502621197eb51c346800193af983483b96b4972ae3cc4ecff9bfaea7',
  csize: 1_790_000,
  usize: 4_380_000,
  chainID: 'sha256:5591a98804829766a9399e9eeebd76254ba69c93d4f850d7db1b7584f857d5eb',
};

/** catalog.json layer `nginx-alp-2`. */
export const NGINX_ALP_2: LayerSpec = {
  name: 'nginx-alp-2',
  blob: 'sha256:7eb851366a3cde3eea1d4c349e9e76d90e4f33eaf4774e6acb084de9a9e4f7b3',
  diffID: 'sha256:b63bf7ee2b8481bc5f168d08b050f63ef2af2c6890ce3df77f6465d33a9d47f4',
  csize: 629,
  usize: 2_620,
  chainID: 'sha256:a1aafeab6e24f057c3a20abcd46b11ab7ad748119736ad2dd6f9ecee7d08983f',
};

/** catalog.json layer `nginx-alp-3`. */
export const NGINX_ALP_3: LayerSpec = {
  name: 'nginx-alp-3',
  blob: 'sha256:01c4a17bc27b57400dd52f28f88e32cd770e3081d1162e1a16c7aca66f890337',
  diffID: 'sha256:dce077b2225810c2809aaaed4ccd76089bfb9f52a5fe18caacb2bfb51dd28aec',
  csize: 955,
  usize: 4_620,
  chainID: 'sha256:0942cf015d672e5d294492a70f2f18c96a8537e12becf3a6f25cf6bca9e5e543',
};

/** catalog.json layer `nginx-alp-4`. */
export const NGINX_ALP_4: LayerSpec = {
  name: 'nginx-alp-4',
  blob: 'sha256:3472f9a7d0bfaf4ffe26a35885715dabf704d7ea286b61aa1a35b9c9da8f1b95',
  diffID: 'sha256:913a93805124f979a4ac9293cb0ae33f02f8d6c41b8d08195896fa324c92e652',
  csize: 405,
  usize: 1_210,
  chainID: 'sha256:22f525ed0a65b256344f2f58acfc6770ec2ef9773c6adbd425b0cbd60bb4acb3',
};

/** catalog.json layer `nginx-alp-5`. */
export const NGINX_ALP_5: LayerSpec = {
  name: 'nginx-alp-5',
  blob: 'sha256:3c5f764f3c0996c7de4502c234935c76466a76e15af32a52c6904a2a707d0e18',
  diffID: 'sha256:044ba54cbca983f80d94e8825966993d12ec86179748433a393f937900ae306d',
  csize: 1_210,
  usize: 5_550,
  chainID: 'sha256:db657de82f95cbc50900f9a988ad5aed436b55cbcbb399e3edafbd4e12828ab3',
};

/** catalog.json layer `nginx-alp-6`. */
export const NGINX_ALP_6: LayerSpec = {
  name: 'nginx-alp-6',
  blob: 'sha256:f6391a43a7c8e8ed299cce62f237e28a78d536b759a325ee9ad2748463e5d4f7',
  diffID: 'sha256:57e75a69d91f85691e08bf4ef3e5296746284dcacb361527e1d05ebb8bc4efbd',
  csize: 1_400,
  usize: 3_020,
  chainID: 'sha256:c6966fca8de4e8d16468ac4ad07d2d84e9baf2e85c822181a0d01f085d61fb2b',
};

/** catalog.json layer `nginx-alp-7`. */
export const NGINX_ALP_7: LayerSpec = {
  name: 'nginx-alp-7',
  blob: 'sha256:69eda2be828bde7cdde9081c7ff2ed44d27e520b1d54bb11d30e1a98c4861e74',
  diffID: 'sha256:4367abe54815a355c2e97a1606131f891b312ac857261b3a36a83e3d0a855733',
  csize: 15_600_000,
  usize: 39_400_000,
  chainID: 'sha256:229f49e22765355a20f7b115bf7ec418c64d37d14819852c883fefb2788235a3',
};

/** catalog.json layer `redis-1`. */
export const REDIS_1: LayerSpec = {
  name: 'redis-1',
  blob: 'sha256:1682ef0304be5d756dedfaa85972d96f826123e2b42c3703d0256ce3928a8120',
  diffID: 'sha256:c0fc59ebe9e48e78903843ddf6c9fd66890017258c9882e7df1310bdf72a4169',
  csize: 1_100,
  usize: 4_370,
  chainID: 'sha256:e7af88c6781f2a0c0b05093c74494d9cc6329a55a88773a2f8f0bb3b974c17f0',
};

/** catalog.json layer `redis-2`. */
export const REDIS_2: LayerSpec = {
  name: 'redis-2',
  blob: 'sha256:91ce171693f83313cce15949d9c38e7095b963606d3f96d7643585820d333a9e',
  diffID: 'sha256:2533fb9d1a903c2e56ff5bb19be22574ae6886a1c573aa4da6c103d6c51dddcf',
  csize: 1_090_000,
  usize: 4_090_000,
  chainID: 'sha256:b3f5311d4326162ff8cb36be3116b360ae3b0676b439220e7aa3d9faa4a6db05',
};

/** catalog.json layer `redis-3`. */
export const REDIS_3: LayerSpec = {
  name: 'redis-3',
  blob: 'sha256:be0ca4ac52ef19b04287520fcf02f5e54e07f3918666f2b78013467a8cab0670',
  diffID: 'sha256:42a908984aec39bc9772236d139b640ae83c7695d2cd0731c27890c5ddc0117d',
  csize: 26_800_000,
  usize: 48_400_000,
  chainID: 'sha256:fa3b1e1dc1e8e8c593e51b548732965a7a022706aec375573edabc418838feca',
};

/** catalog.json layer `redis-4`. */
export const REDIS_4: LayerSpec = {
  name: 'redis-4',
  blob: 'sha256:61fb6a991b16ed910bc0d8029eb4f5df9455e5abd372d454f418436e6ed148ee',
  diffID: 'sha256:cf976a8dcaa11990960d48a30f59a16e2ebe6d25509e90be83cc55bc3fe6157d',
  csize: 101,
  usize: 32,
  chainID: 'sha256:5464521b65a6d78fb9e7da31b103237abef846a5daa3edc5c4873221f67d1f78',
};

/** catalog.json layer `redis-5`. */
export const REDIS_5: LayerSpec = {
  name: 'redis-5',
  blob: 'sha256:2fcb37bd261d09061565ab11d6ff82e7de8b7bbf7a26417ab28c492a90a20d69',
  diffID: 'sha256:a80a54d4fdb8afa0502fc915d4e9fd60df3b9fea9e01734e3eefb00f5173c371',
  csize: 32,
  usize: 0,
  chainID: 'sha256:f0c5995e8e43bafa7c36cb88f52fc53548f17f182d32b0decfedda2114444bbf',
};

/** catalog.json layer `redis-6`. */
export const REDIS_6: LayerSpec = {
  name: 'redis-6',
  blob: 'sha256:b46127037cda9096cfd6a35598460b51770f3e6ae00171349403836f5b55d4c8',
  diffID: 'sha256:350a9687db85a58040e39ee284953601e87736260c92f6f43d6ffb0b34c18a0f',
  csize: 576,
  usize: 6_500,
  chainID: 'sha256:a834feea162420e0e41e0a30e7d09bdcf6c11e00c4aae8294f7595f335ee9548',
};

/** catalog.json layer `ubuntu-24.04`. */
export const UBUNTU_24_04: LayerSpec = {
  name: 'ubuntu-24.04',
  blob: 'sha256:4f85dc99fc26de2bec0972d2ff13e12e5449d779f974165dd71e91462d3cb814',
  diffID: 'sha256:a3fb93efb28be8d96f2ba340a46add538adb2ce40a1eba8c0deaf6e7625a20e0',
  csize: 29_720_000,
  usize: 78_100_000,
  chainID: 'sha256:01640cffb441d0297259d6fe89fa5d34a16d6250cfc21505ca78cbf68052514c',
};
