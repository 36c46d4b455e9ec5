/** |SMD| above this is the usual sign that the groups differ in a covariate (Austin 2009, Stat Med 28:3083–3107). */
export const smdThreshold = 0.1;
