// The synthetic archive generator (benchmark code, outside the product), for the tests that build
// big stores with it.
@_exported import ClaimBench
