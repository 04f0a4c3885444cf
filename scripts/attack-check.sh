#!/usr/bin/env bash
# The attacks of the security review, replayed on 127.0.0.1 against a fresh application on
# SQLite and on a throwaway PostgreSQL, each bounded in count and time:
#   - guessing the second factor (at most 10 wrong codes before the lock-out), per-source limits
#   - an administrator reaching case data (own role, new accounts, approvals, every route)
#   - rewriting the audit chain without its key (a deleted entry is reported), cutting its
#     tail (a checkpoint reports it)
#   - secrets and screening markers in the database or WAL bytes; master key rotation
#   - database files readable by others
#   - slow clients (half headers, silence, idle keep-alive) and the connection cap
#   - metrics revealing when reports are filed
# Extra arguments go to nextest.
set -euo pipefail
cd "$(dirname "$0")/.."
filter='test(/^sign_in_guards::/) | test(/^admin_escalation::/) | test(/^access::/)'
filter+=' | test(/^audit_keyed::/) | test(/^file_modes::/) | test(/^sealed_fields::/)'
filter+=' | test(/::rotating_the_master_key_leaves_every_secret_readable_under_the_new_key_only$/) | test(/::a_checkpoint_reports_a_cut_tail$/)'
filter+=' | test(/^slow_clients::/) | test(/^metrics_listener::/)'
LUMEN_SKIP_LINT=1 exec scripts/test.sh -E "$filter" "$@"
