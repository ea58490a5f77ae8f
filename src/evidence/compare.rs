//! `attest report --compare OLD.json`: what changed since an earlier report.
//! Findings are matched by fingerprint (which survives line moves), waivers by
//! file, policy and reason (which survive edits around them).

use super::{Evidence, FindingEvidence, Status, WaiverEvidence};
use crate::waiver::State;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Comparison {
    /// The earlier report: when it was made, and from which commit.
    pub previous: Previous,
    /// Criteria whose status changed, in TSC order.
    pub criteria: Vec<CriterionChange>,
    /// Fingerprints of findings not in the earlier report.
    pub new_findings: Vec<String>,
    /// Findings of the earlier report that no longer occur, as it gave them.
    pub resolved_findings: Vec<FindingEvidence>,
    /// Fingerprints of findings open before and waived now.
    pub newly_waived: Vec<String>,
    /// Fingerprints of findings waived before and open now (an expired or removed waiver).
    pub no_longer_waived: Vec<String>,
    /// Waivers (by `at`) not in the earlier report.
    pub waivers_added: Vec<String>,
    /// Waivers of the earlier report that are gone, as it gave them.
    pub waivers_removed: Vec<WaiverEvidence>,
    /// Waivers (by `at`) expired now and not before.
    pub waivers_expired: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Previous {
    pub generated: String,
    pub commit: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CriterionChange {
    pub id: String,
    pub title: String,
    pub before: Status,
    pub after: Status,
}

impl CriterionChange {
    pub fn started_holding(&self) -> bool {
        self.after == Status::Holds
    }

    pub fn stopped_holding(&self) -> bool {
        self.before == Status::Holds
    }
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        self.criteria.is_empty()
            && self.new_findings.is_empty()
            && self.resolved_findings.is_empty()
            && self.newly_waived.is_empty()
            && self.no_longer_waived.is_empty()
            && self.waivers_added.is_empty()
            && self.waivers_removed.is_empty()
            && self.waivers_expired.is_empty()
    }
}

fn waiver_key(w: &WaiverEvidence) -> (String, &str, &str) {
    let path = w.at.rsplit_once(':').map_or(w.at.as_str(), |(p, _)| p).to_string();
    (path, w.policy.as_str(), w.reason.as_str())
}

pub fn compare(old: &Evidence, new: &Evidence) -> Comparison {
    let before: BTreeMap<&str, Status> = old.criteria.iter().map(|c| (c.id.as_str(), c.status)).collect();
    let criteria = new
        .criteria
        .iter()
        .filter_map(|c| {
            let was = before.get(c.id.as_str()).copied().unwrap_or(Status::NotCovered);
            (was != c.status).then(|| CriterionChange { id: c.id.clone(), title: c.title.clone(), before: was, after: c.status })
        })
        .collect();

    let old_findings: BTreeMap<&str, &FindingEvidence> = old.findings.iter().map(|f| (f.fingerprint.as_str(), f)).collect();
    let new_prints: BTreeSet<&str> = new.findings.iter().map(|f| f.fingerprint.as_str()).collect();
    let mut c = Comparison {
        previous: Previous { generated: old.generated.clone(), commit: old.scope.git.as_ref().map(|g| g.commit.clone()) },
        criteria,
        resolved_findings: old.findings.iter().filter(|f| !new_prints.contains(f.fingerprint.as_str())).cloned().collect(),
        ..Comparison::default()
    };
    for f in &new.findings {
        match old_findings.get(f.fingerprint.as_str()) {
            None => c.new_findings.push(f.fingerprint.clone()),
            Some(was) if was.status != "waived" && f.status == "waived" => c.newly_waived.push(f.fingerprint.clone()),
            Some(was) if was.status == "waived" && f.status != "waived" => c.no_longer_waived.push(f.fingerprint.clone()),
            Some(_) => {}
        }
    }

    let old_waivers: BTreeMap<_, &WaiverEvidence> = old.waivers.iter().map(|w| (waiver_key(w), w)).collect();
    let new_keys: BTreeSet<_> = new.waivers.iter().map(waiver_key).collect();
    for w in &new.waivers {
        match old_waivers.get(&waiver_key(w)) {
            None => c.waivers_added.push(w.at.clone()),
            Some(was) if w.state == State::Expired && was.state != State::Expired => c.waivers_expired.push(w.at.clone()),
            Some(_) => {}
        }
        if w.state == State::Expired && !old_waivers.contains_key(&waiver_key(w)) {
            c.waivers_expired.push(w.at.clone());
        }
    }
    c.waivers_removed = old.waivers.iter().filter(|w| !new_keys.contains(&waiver_key(w))).cloned().collect();
    c
}
