-- Timeline notes become a code with arguments (rendered through the bundles) plus the words the
-- actor typed, instead of a sentence the page parsed back. Existing rows are converted from the
-- shapes the cases module wrote; a note of any other shape stays as typed text. Arguments are
-- separated by the unit separator (chr(31)).
alter table case_timeline add column note_code varchar(40);
alter table case_timeline add column note_args varchar(1000);

-- registration routed to a station: "→ station" or "→ station / officer"
update case_timeline set note_code = 'ROUTED', note_args = replace(substring(notes from 3), ' / ', chr(31)), notes = null
 where action = 'REGISTERED' and notes like '→ %';

-- registration queued above the stations: "COMMAND_CENTRE: REASON_CODE"
update case_timeline set note_code = 'QUEUED', note_args = replace(notes, ': ', chr(31)), notes = null
 where action = 'REGISTERED' and notes like 'COMMAND_CENTRE: %';

-- escalation: "TARGET: reason"
update case_timeline set note_code = 'ESCALATED',
       note_args = substring(notes from 1 for position(': ' in notes) - 1),
       notes = substring(notes from position(': ' in notes) + 2)
 where action = 'ESCALATE' and (notes like 'SQUAD: %' or notes like 'COMMAND_CENTRE: %');

-- reassignment: "→ station[ / officer]: reason"
update case_timeline set note_code = 'ROUTED',
       note_args = replace(substring(notes from 3 for position(': ' in notes) - 3), ' / ', chr(31)),
       notes = substring(notes from position(': ' in notes) + 2)
 where action = 'REASSIGN' and notes like '→ %: %';

-- merged into another case: "→ number"
update case_timeline set note_code = 'MERGED_INTO', note_args = substring(notes from 3), notes = null
 where action = 'MERGE' and notes like '→ %';

-- took over a duplicate: "number (+supporters)"
update case_timeline set note_code = 'MERGED_FROM', note_args = replace(replace(notes, ' (+', chr(31)), ')', ''),
       notes = null
 where action = 'MERGED_FROM' and notes like '% (+%)';

-- extension requested: "+days working days: reason"
update case_timeline set note_code = 'EXTENSION_REQUESTED',
       note_args = substring(notes from 2 for position(' working days: ' in notes) - 2),
       notes = substring(notes from position(' working days: ' in notes) + 15)
 where action = 'EXTEND' and notes like '+% working days: %';

-- rating: the Rating's name
update case_timeline set note_code = 'RATED', note_args = notes, notes = null
 where action = 'RATED' and notes is not null;

-- further report: "report id"
update case_timeline set note_code = 'SUPPORTED', note_args = substring(notes from 8), notes = null
 where action = 'SUPPORTED' and notes like 'report %';

-- missed deadline: "HANDLE deadline <instant> missed by <n> min; SQUAD_LEADER alerted"
update case_timeline set note_code = 'DEADLINE_MISSED',
       note_args = replace(replace(replace(replace(notes, ' deadline ', chr(31)), ' missed by ', chr(31)), ' min; ',
           chr(31)), ' alerted', ''),
       notes = null
 where action = 'DEADLINE_MISSED' and notes like '% deadline % missed by % min; % alerted';

-- the timeline shows display names: registrations recorded only the submitter's username
update case_timeline set actor_name = coalesce(
       (select a.display_name from identity_account a where a.username = case_timeline.actor), actor)
 where actor_name is null and actor is not null;
