import { describe, expect, it } from 'vitest';
import { actionLabel, actorLabel, detailLines, type Namers } from './auditWords';

const namers: Namers = {
  userName: (id) => (id === 12 ? 'Priya Shah' : `user ${id}`),
  agencyName: (id) => (id === 3 ? 'Northmoor Police' : `Agency ${id}`),
};

describe('what an audit event says happened', () => {
  it('is said in plain words for each action the server records', () => {
    expect(actionLabel('review.stage_changed')).toBe('Stage changed');
    expect(actionLabel('people.read')).toBe('People in the case viewed');
    expect(actionLabel('permission.denied')).toBe('Access refused');
  });

  it('is still readable for an action the app does not know yet', () => {
    expect(actionLabel('review.chronology_exported')).toBe('Review chronology exported');
  });
});

describe('who did it', () => {
  it('is named for a user, and said in words for the system and for someone not signed in', () => {
    expect(actorLabel('user:12', namers.userName)).toBe('Priya Shah');
    expect(actorLabel('system', namers.userName)).toBe('The system');
    expect(actorLabel('anonymous', namers.userName)).toBe('Someone not signed in');
    expect(actorLabel('user:twelve', namers.userName)).toBe('user:twelve');
  });
});

describe('the details of an event', () => {
  it('name the stages a review moved between', () => {
    expect(detailLines('review.stage_changed', { from: 'rapid_review', to: 'information_gathering' }, namers)).toEqual([
      { key: 'From', value: 'Rapid review' },
      { key: 'To', value: 'Information gathering' },
    ]);
  });

  it('name people, agencies and roles instead of showing their codes', () => {
    expect(detailLines('user.created', { user_id: '12', agency_id: '3', roles: 'agency_lead, reviewer' }, namers)).toEqual([
      { key: 'User', value: 'Priya Shah' },
      { key: 'Agency', value: 'Northmoor Police' },
      { key: 'Roles', value: 'Agency safeguarding lead, Independent reviewer' },
    ]);
  });

  it('link a review to its page', () => {
    expect(detailLines('document.downloaded', { review_id: '7' }, namers)).toEqual([
      { key: 'Review', value: 'Review 7', link: '/reviews/7' },
    ]);
  });

  it('say an agency’s kind in words only for agencies, and other kinds as written', () => {
    expect(detailLines('agency.created', { kind: 'childrens_social_care' }, namers)).toEqual([
      { key: 'Kind', value: 'Children’s social care' },
    ]);
    expect(detailLines('document.created', { kind: 'final_report' }, namers)).toEqual([{ key: 'Kind', value: 'final report' }]);
  });

  it('say yes or no, sizes in bytes, and the fields that changed', () => {
    expect(detailLines('review.updated', { restricted: 'true', fields: 'notified_on,pseudonym' }, namers)).toEqual([
      { key: 'Restricted', value: 'Yes' },
      { key: 'Changed', value: 'notified on, pseudonym' },
    ]);
    expect(detailLines('document.version_added', { size_bytes: '1234567' }, namers)).toEqual([
      { key: 'Size', value: '1,234,567 bytes' },
    ]);
  });

  it('name an unknown key after itself, without its "_id"', () => {
    expect(detailLines('action.progress_added', { document_id: '40' }, namers)).toEqual([{ key: 'Document', value: '40' }]);
  });
});
