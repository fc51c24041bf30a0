-- Hibernate Search's outbox-polling coordination (the cluster profile, decision 108): each save writes its indexing
-- events here in the same transaction, and the nodes' agents share the work by shard. One node (coordination "none")
-- never reads these tables. Columns as Hibernate Search 8.2 maps them, with the names the app's naming gives them.
create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration datetime(6) not null,
    id uuid not null,
    name varchar(255) not null,
    tenant_id varchar(255),
    payload longblob,
    state enum ('RUNNING','SUSPENDED','WAITING') not null,
    type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
    primary key (id)
) engine=InnoDB;

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after datetime(6) not null,
    id uuid not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    tenant_id varchar(255),
    payload longblob not null,
    status enum ('ABORTED','PENDING') not null,
    primary key (id)
) engine=InnoDB;

create index processAfter on hsearch_outbox_event (process_after);
