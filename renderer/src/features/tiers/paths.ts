/** The tiers feature's address (inside the hash: `#/tiers`): the overdue list and 重新計算分級. */
export const tierPaths = {
  overdue: '/tiers',
};
