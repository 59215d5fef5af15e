export { ActivitiesService, birthdayMonthDays } from './service';
export { ActivitiesRepository, type LastContact } from './repository';
export { createActivitiesHandlers, createActivitiesService } from './handlers';
export { activitiesPersonalData, followUpsPersonalData } from './personal-data';
export { activitiesServicePlanSource, type ActivitiesServicePlanSource } from './service-plan-source';
