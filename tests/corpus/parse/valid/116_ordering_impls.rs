// Manual PartialEq, Eq, PartialOrd, Ord and Hash implementations with consistent semantics.
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashSet};
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone)]
pub struct Version {
    major: u32,
    minor: u32,
    patch: u32,
    pre: Option<String>,
    build: Option<String>,
}

impl Version {
    pub fn parse(s: &str) -> Option<Version> {
        let (core, build) = match s.split_once('+') {
            Some((c, b)) => (c, Some(b.to_string())),
            None => (s, None),
        };
        let (core, pre) = match core.split_once('-') {
            Some((c, p)) => (c, Some(p.to_string())),
            None => (core, None),
        };
        let mut nums = core.split('.').map(|n| n.parse::<u32>().ok());
        let (major, minor, patch) = (nums.next()??, nums.next()??, nums.next()??);
        if nums.next().is_some() {
            return None;
        }
        Some(Version { major, minor, patch, pre, build })
    }
}

// Build metadata is ignored for equality, ordering and hashing.
impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (&self.pre, &other.pre) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(a), Some(b)) => a.cmp(b),
            })
    }
}

impl Hash for Version {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.major.hash(state);
        self.minor.hash(state);
        self.patch.hash(state);
        self.pre.hash(state);
    }
}

fn main() {
    let mut vs: Vec<Version> = ["1.0.0", "1.0.0-alpha", "0.9.12", "1.0.0+build5", "1.10.0", "1.2.3"]
        .iter()
        .filter_map(|s| Version::parse(s))
        .collect();
    vs.sort();
    let names: Vec<String> = vs.iter().map(|v| format!("{}.{}.{}{}", v.major, v.minor, v.patch, v.pre.as_deref().map(|p| format!("-{p}")).unwrap_or_default())).collect();
    println!("{names:?}");
    let unique: HashSet<&Version> = vs.iter().collect();
    let ordered: BTreeSet<&Version> = vs.iter().collect();
    println!("{} {} {:?}", unique.len(), ordered.len(), vs.iter().max().and_then(|v| v.build.clone()));
    println!("{:?}", Version::parse("1.2"));
}
