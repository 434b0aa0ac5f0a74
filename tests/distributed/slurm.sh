# tests/distributed/slurm.sh - sourced by tests/distributed/run (which
# provides T, W, BIN, top, ok, bad): a one-node Slurm cluster made for the
# run (munged, slurmctld and slurmd on 127.0.0.1, with a key, a config and
# state under $T), runs the chain as a job array over `split -n l/4`
# shards and a merge job that depends on it, as docs/scaling.md shows; the
# merged counts must be the bytes of the serial run.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null ||
    ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
	bad "slurm: slurm-wlm or munge is not installed (scripts/deps --distributed)"
	return 0
fi
S=$T/slurm
mkdir -p "$S/state" "$S/spool" "$S/munge"
chmod 700 "$S/munge"
slurm_cleanup=slurm_stop
slurm_stop() {
	local f
	local f pids=
	for f in "$S"/slurmd.pid "$S"/slurmctld.pid "$S"/munged.pid; do
		[ -f "$f" ] && pids="$pids $(cat "$f")"
	done
	pids="$pids ${slurm_pids:-}"
	[ -n "${pids// }" ] || return 0
	kill $pids 2>/dev/null
	for _ in 1 2 3 4 5; do
		kill -0 $pids 2>/dev/null || return 0
		sleep 1
	done
	kill -9 $pids 2>/dev/null
}
head -c 1024 /dev/urandom >"$S/munge/munge.key"
chmod 400 "$S/munge/munge.key"
# Each daemon in the foreground, in the background here: its pid is known.
slurm_pids=
munged -F --force --key-file="$S/munge/munge.key" --socket="$S/munge/sock" \
	--pid-file="$S/munged.pid" --log-file="$S/munged.log" \
	--seed-file="$S/munge/seed" 2>"$S/munged.err" &
slurm_pids="$slurm_pids $!"
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -S "$S/munge/sock" ] && break; sleep 0.5; done
[ -S "$S/munge/sock" ] ||
	{ bad "slurm: munged did not start"; cat "$S/munged.err" "$S/munged.log"; return 0; }
cat >"$S/slurm.conf" <<END
ClusterName=harktest
SlurmctldHost=$(hostname -s)(127.0.0.1)
MailProg=/bin/true
SlurmctldPort=6917
SlurmdPort=6918
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$S/munge/sock
StateSaveLocation=$S/state
SlurmdSpoolDir=$S/spool
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd.pid
SlurmctldLogFile=$S/slurmctld.log
SlurmdLogFile=$S/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=harknode NodeAddr=127.0.0.1 CPUs=2 RealMemory=2000 State=UNKNOWN
PartitionName=hark Nodes=harknode Default=YES MaxTime=INFINITE State=UP
END
export SLURM_CONF=$S/slurm.conf
slurmctld -D -i -f "$S/slurm.conf" 2>"$S/slurmctld.err" &
slurm_pids="$slurm_pids $!"
sleep 1
slurmd -D -f "$S/slurm.conf" -N harknode 2>"$S/slurmd.err" &
slurm_pids="$slurm_pids $!"
up=0
for _ in $(seq 20); do
	if timeout 3 sinfo -h -N -o '%T' 2>/dev/null | grep -Eq '^(idle|mixed)'; then up=1; break; fi
	sleep 1
done
if [ $up = 0 ]; then
	bad "slurm: the node did not come up"
	timeout 3 sinfo 2>&1 | head
	tail -n 20 "$S/slurmctld.err" "$S/slurmctld.log" "$S/slurmd.log"
	return 0
fi
ok "slurm-cluster (munged, slurmctld, slurmd on 127.0.0.1)"

# The job, as docs/scaling.md: shards, an array, a dependent merge.
(cd "$W" && mkdir -p shards counts logs &&
	split -n l/4 -d -a 3 stream.tsv shards/s)
cat >"$W/chain.sbatch" <<END
#!/bin/bash
#SBATCH --job-name=hark-chain
#SBATCH --array=0-3
#SBATCH --cpus-per-task=1
#SBATCH --mem=100M
#SBATCH --output=logs/chain-%a.log
set -euo pipefail
export PATH=$BIN:\$PATH
shard=\$(printf 'shards/s%03d' "\$SLURM_ARRAY_TASK_ID")
{ cat header.tsv; cat "\$shard"; } | bash -o pipefail chain.sh \\
	>"counts/\$SLURM_ARRAY_TASK_ID.tsv.part"
mv "counts/\$SLURM_ARRAY_TASK_ID.tsv.part" "counts/\$SLURM_ARRAY_TASK_ID.tsv"
END
cat >"$W/merge.sbatch" <<END
#!/bin/bash
#SBATCH --job-name=hark-merge
#SBATCH --cpus-per-task=1
#SBATCH --mem=100M
#SBATCH --output=logs/merge.log
set -euo pipefail
export PATH=$BIN:\$PATH
hark merge --wide counts/*.tsv >slurm.tsv
END
if jid=$(cd "$W" && sbatch --parsable chain.sbatch) &&
    mid=$(cd "$W" && sbatch --parsable --dependency=afterok:$jid merge.sbatch); then
	done_=0
	for _ in $(seq 120); do
		q=$(timeout 3 squeue -h -j "$jid,$mid" 2>/dev/null) ||
			{ sleep 1; continue; }
		[ -z "$q" ] && { done_=1; break; }
		sleep 1
	done
	n=$(ls "$W"/counts/*.tsv 2>/dev/null | wc -l)
	if [ $done_ = 1 ] && [ "$n" = 4 ] && cmp -s "$W/serial.tsv" "$W/slurm.tsv"; then
		ok "slurm-array (4 array tasks, merge after afterok: same bytes as serial)"
	else
		bad "slurm-array: finished=$done_, $n shard counts, merged counts differ from serial"
		cat "$W"/logs/* 2>/dev/null | head -n 20
		tail -n 20 "$S/slurmctld.log"
	fi
else
	bad "slurm-array: sbatch failed"
	tail -n 20 "$S/slurmctld.log"
fi
