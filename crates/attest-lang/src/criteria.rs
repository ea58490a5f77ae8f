//! The SOC 2 Trust Services Criteria (2017, revised points of focus 2022).

/// Every criterion id with a short title, in report order.
pub const CRITERIA: &[(&str, &str)] = &[
    ("CC1.1", "Commitment to integrity and ethical values"),
    ("CC1.2", "Board independence and oversight"),
    ("CC1.3", "Structures, reporting lines and authorities"),
    ("CC1.4", "Commitment to competence"),
    ("CC1.5", "Accountability"),
    ("CC2.1", "Relevant, quality information"),
    ("CC2.2", "Internal communication"),
    ("CC2.3", "External communication"),
    ("CC3.1", "Specifies suitable objectives"),
    ("CC3.2", "Identifies and analyses risk"),
    ("CC3.3", "Considers potential for fraud"),
    ("CC3.4", "Identifies and analyses significant change"),
    ("CC4.1", "Ongoing and separate evaluations"),
    ("CC4.2", "Evaluates and communicates deficiencies"),
    ("CC5.1", "Selects and develops control activities"),
    ("CC5.2", "General controls over technology"),
    ("CC5.3", "Deploys through policies and procedures"),
    ("CC6.1", "Logical access security, encryption and key protection"),
    ("CC6.2", "Registers and authorises users before issuing credentials"),
    ("CC6.3", "Role-based access, least privilege, segregation of duties"),
    ("CC6.4", "Restricts physical access"),
    ("CC6.5", "Disposes of physical assets securely"),
    ("CC6.6", "Protects against threats from outside the system boundary"),
    ("CC6.7", "Restricts and protects data in transmission"),
    ("CC6.8", "Prevents or detects unauthorised or malicious software"),
    ("CC7.1", "Detects configuration changes and vulnerabilities"),
    ("CC7.2", "Monitors system components for anomalies"),
    ("CC7.3", "Evaluates security events"),
    ("CC7.4", "Responds to security incidents"),
    ("CC7.5", "Recovers from security incidents"),
    ("CC8.1", "Authorises, tests, approves and deploys changes"),
    ("CC9.1", "Mitigates business disruption risk"),
    ("CC9.2", "Manages vendor and business partner risk"),
    ("A1.1", "Capacity management"),
    ("A1.2", "Environmental protections, backup and recovery infrastructure"),
    ("A1.3", "Tests recovery plan procedures"),
    ("C1.1", "Identifies and maintains confidential information"),
    ("C1.2", "Disposes of confidential information"),
    ("PI1.1", "Defines processing specifications"),
    ("PI1.2", "Input completeness and accuracy"),
    ("PI1.3", "Processing completeness and accuracy"),
    ("PI1.4", "Output completeness, accuracy and distribution"),
    ("PI1.5", "Stores inputs, items in processing and outputs"),
    ("P1.1", "Notice of privacy practices"),
    ("P2.1", "Choice and consent"),
    ("P3.1", "Collection limited to objectives"),
    ("P3.2", "Explicit consent for collection"),
    ("P4.1", "Use limited to objectives"),
    ("P4.2", "Retention of personal information"),
    ("P4.3", "Disposal of personal information"),
    ("P5.1", "Access by data subjects"),
    ("P5.2", "Correction by data subjects"),
    ("P6.1", "Disclosure with consent"),
    ("P6.2", "Records of disclosures"),
    ("P6.3", "Records of unauthorised disclosures"),
    ("P6.4", "Third-party privacy commitments"),
    ("P6.5", "Third-party breach notification"),
    ("P6.6", "Breach notification"),
    ("P6.7", "Accounting of personal information"),
    ("P7.1", "Quality of personal information"),
    ("P8.1", "Privacy complaints and compliance monitoring"),
];

pub fn is_criterion(id: &str) -> bool {
    CRITERIA.iter().any(|(c, _)| *c == id)
}

/// Position of a criterion in report order (unknown ids sort last).
pub fn order(id: &str) -> usize {
    CRITERIA.iter().position(|(c, _)| *c == id).unwrap_or(usize::MAX)
}

/// How far configuration files can show that a criterion is met (research in
/// `soc2/checks.md`): the report says which uncovered criteria need evidence of
/// another kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Checkable {
    /// Decidable from configuration (encryption, access, logging settings).
    Yes,
    /// Configuration shows part of it; the rest is process or runtime evidence.
    Partly,
    /// Organisational: governance, people, documents, physical security.
    No,
}

/// The criteria no configuration file can show.
const ORGANISATIONAL: &[&str] = &[
    "CC1.1", "CC1.2", "CC1.4", "CC1.5", "CC2.2", "CC2.3", "CC3.1", "CC3.3", "CC5.1", "CC5.3", "CC6.4", "CC6.5", "A1.3", "PI1.1", "PI1.2",
    "PI1.3", "P1.1", "P2.1", "P3.1", "P3.2", "P4.1", "P5.1", "P5.2", "P6.1", "P6.2", "P6.3", "P6.4", "P6.5", "P6.6", "P6.7", "P7.1",
    "P8.1",
];

/// The criteria configuration decides outright.
const DECIDABLE: &[&str] = &["CC6.1", "CC6.3", "CC6.6", "CC6.7", "CC6.8", "CC7.2", "CC8.1", "A1.2"];

pub fn checkable(id: &str) -> Checkable {
    if DECIDABLE.contains(&id) {
        Checkable::Yes
    } else if ORGANISATIONAL.contains(&id) {
        Checkable::No
    } else {
        Checkable::Partly
    }
}

/// The categories of the TSC: id prefix, name on the command line, title. A SOC 2
/// report always covers security (the common criteria) and may add the others.
pub const CATEGORIES: &[(&str, &str, &str)] = &[
    ("CC", "security", "Common criteria (security)"),
    ("A", "availability", "Availability"),
    ("C", "confidentiality", "Confidentiality"),
    ("PI", "processing-integrity", "Processing integrity"),
    ("P", "privacy", "Privacy"),
];

fn category_of(id: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    let prefix = id.split(|c: char| c.is_ascii_digit()).next().unwrap_or("");
    CATEGORIES.iter().find(|c| c.0 == prefix)
}

/// The title of the category a criterion belongs to.
pub fn category(id: &str) -> &'static str {
    category_of(id).map_or("Other", |c| c.2)
}

/// The command-line name of the category a criterion belongs to.
pub fn category_name(id: &str) -> &'static str {
    category_of(id).map_or("other", |c| c.1)
}
