/**
 * INFO's persistence and keyspace sections, with the fields Redis 7.4 lists in them (server.c
 * genRedisInfoString), CR LF between lines as on the wire. Values that describe a fork or an AOF
 * stay at what an idle server without AOF reports. Other sections are not simulated (redis-cli
 * says so before asking).
 */
export interface Stats {
  dirty: number;
  lastSave: number;
  saves: number;
  loaded: number;
  bgsaveOk: boolean;
}

export const INFO_SECTIONS = ['persistence', 'keyspace'];

function persistence(s: Stats): string[] {
  return [
    '# Persistence',
    'loading:0',
    'async_loading:0',
    'current_cow_peak:0',
    'current_cow_size:0',
    'current_cow_size_age:0',
    'current_fork_perc:0.00',
    'current_save_keys_processed:0',
    'current_save_keys_total:0',
    `rdb_changes_since_last_save:${s.dirty}`,
    'rdb_bgsave_in_progress:0',
    `rdb_last_save_time:${Math.floor(s.lastSave / 1000)}`,
    `rdb_last_bgsave_status:${s.bgsaveOk ? 'ok' : 'err'}`,
    `rdb_last_bgsave_time_sec:${s.saves > 0 ? 0 : -1}`,
    'rdb_current_bgsave_time_sec:-1',
    `rdb_saves:${s.saves}`,
    'rdb_last_cow_size:0',
    'rdb_last_load_keys_expired:0',
    `rdb_last_load_keys_loaded:${s.loaded}`,
    'aof_enabled:0',
    'aof_rewrite_in_progress:0',
    'aof_rewrite_scheduled:0',
    'aof_last_rewrite_time_sec:-1',
    'aof_current_rewrite_time_sec:-1',
    'aof_last_bgrewrite_status:ok',
    'aof_rewrites:0',
    'aof_rewrites_consecutive_failures:0',
    'aof_last_write_status:ok',
    'aof_last_cow_size:0',
    'module_fork_in_progress:0',
    'module_fork_last_cow_size:0',
  ];
}

export function infoSection(section: string | undefined, s: Stats, keys = 0): string {
  const lines =
    section === 'keyspace'
      ? ['# Keyspace', ...(keys > 0 ? [`db0:keys=${keys},expires=0,avg_ttl=0,subexpiry=0`] : [])]
      : persistence(s);
  return `${lines.join('\r\n')}\r\n`;
}
