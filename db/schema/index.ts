// Every table of the desk database. Each domain adds its own file and one export line here.
export * from './system';
export * from './sync';
export * from './workorders';
export * from './handover';
export * from './residents';
export * from './calls';
export * from './cases';
export * from './visits';
export * from './parcels';
