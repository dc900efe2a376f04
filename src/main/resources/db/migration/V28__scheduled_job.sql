-- Scheduled jobs (the bundle pull, the overdue-demolition sweep) run on every replica's timer; the replica that
-- claims a job's period here runs it, the others skip it, so each runs once per period across the replicas.
create table scheduled_job (
    name         varchar(64) primary key,
    last_started timestamptz not null,
    started_by   varchar(200) not null
);
