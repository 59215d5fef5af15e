export { InvestorClassService } from './service';
export { InvestorClassRepository } from './repository';
export { createInvestorClassHandlers, createInvestorClassService } from './handlers';
export { investorClassPersonalData } from './personal-data';
