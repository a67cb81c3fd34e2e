import type { zhGate } from './zh-gate.ts';

/** English messages of the work after signing and the quality gate. */
export const enGate: Record<keyof typeof zhGate, string> = {
  'nav.gateReviews': 'Intake approvals',
  'nav.intakeCriteria': 'Intake criteria',

  'project.pushDepartment': 'Push department',
  'project.nurtureDepartment': 'Nurture department',
  'project.form.afterSigning': 'After signing: who pushes and who nurtures',
  'project.form.pushHint':
    'The department pushing the project to start (e.g. development and reform); blockers before the start go to it',
  'project.form.nurtureHint':
    'The department nurturing it once started and in production (e.g. industry and IT); later blockers go to it',
  'work.responsibleUnitHint':
    'Leave empty to route by stage: the push department before the start, the nurture department after',
  'work.routedAs': 'Routed by stage to the {role}',

  'gate.criteriaTitle': 'Project intake criteria',
  'gate.criteriaIntro':
    'One intake standard for the city: each project is judged against the criteria in force when saved; one that misses them counts in no indicator until its unit head approves it. With no criteria set nothing is gated; new criteria apply to projects saved from then on.',
  'gate.current': 'In force (version {version})',
  'gate.none': 'No intake criteria set: every project counts',
  'gate.minAgreed': 'Minimum agreed investment',
  'gate.minAgreedHint': 'Leave empty for no minimum',
  'gate.noMinimum': 'None',
  'gate.chainFitRequired': 'Must fit the industry positioning',
  'gate.yes': 'Yes',
  'gate.no': 'No',
  'gate.note': 'Note',
  'gate.publish': 'Publish new version',
  'gate.published': 'Intake criteria updated (version {version})',
  'gate.history': 'Versions',
  'gate.version': 'Version',
  'gate.setBy': 'Set by',
  'gate.setAt': 'Set at',

  'gate.reviewsTitle': 'Intake approvals',
  'gate.reviewsIntro':
    "Your unit's projects that miss the intake criteria wait here for a unit head; whoever entered a project cannot approve it.",
  'gate.pending': 'Awaiting approval',
  'gate.decided': 'Decided',
  'gate.project': 'Project',
  'gate.agreed': 'Agreed investment',
  'gate.unit': 'Unit',
  'gate.reasons': 'Criteria missed',
  'gate.requestedBy': 'Entered by',
  'gate.requestedAt': 'Submitted',
  'gate.status': 'Status',
  'gate.decidedBy': 'Decided by',
  'gate.decisionNote': 'Note',
  'gate.approve': 'Approve',
  'gate.reject': 'Reject',
  'gate.approveTitle': 'Approve: {project}',
  'gate.rejectTitle': 'Reject: {project}',
  'gate.noteRequired': 'Write a note when rejecting',
  'gate.approvedDone': 'Approved',
  'gate.rejectedDone': 'Rejected',
  'gate.empty': 'No project awaits approval',
  'gate.tagHint': 'Misses the intake criteria: {reasons}',
};
