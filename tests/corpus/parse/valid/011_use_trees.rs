// use declarations: groups, nested groups, globs, renames, underscore imports, self/super/crate, leading ::
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, prelude::*, BufRead as _, Write as IoWrite};
use std::{
    cmp::{Ordering, Reverse},
    fmt::{self, Display},
    sync::{atomic::{AtomicUsize, Ordering as AtomicOrdering}, Arc, Mutex},
};
use ::std::mem;
use std::ops::*;
use std::fmt::Debug as _;
use {std::rc::Rc, std::cell::RefCell};
use std::{};
use ::{std::vec::Vec as List};

pub use self::inner::helper;
pub(crate) use crate::inner::Helper as PublicHelper;

mod inner {
    use super::*;
    use self::deep::{self as d, Deeper};

    pub fn helper() -> usize {
        let counter = AtomicUsize::new(d::start());
        counter.fetch_add(1, AtomicOrdering::SeqCst);
        counter.load(AtomicOrdering::SeqCst) + Deeper::VALUE
    }

    pub struct Helper;

    mod deep {
        pub use super::super::inner::Helper as Again;

        pub fn start() -> usize {
            1
        }

        pub struct Deeper;

        impl Deeper {
            pub const VALUE: usize = 10;
        }
    }
}

fn main() -> io::Result<()> {
    let mut map: HashMap<&str, i32> = HashMap::new();
    map.insert("a", 1);
    let tree: BTreeMap<i32, Reverse<i32>> = BTreeMap::new();
    let set: HashSet<u8> = HashSet::new();
    let shared = Arc::new(Mutex::new(0));
    let rc = Rc::new(RefCell::new(List::<u8>::new()));
    let mut out = io::stdout();
    writeln!(out, "{} {} {} {}", helper(), tree.len(), set.len(), mem::size_of::<u64>())?;
    let _ = (shared, rc, Ordering::Less, PublicHelper);
    let _: Option<Box<dyn Display>> = None;
    let _: fmt::Result = Ok(());
    let _ = 1.add(2);
    out.flush()
}
