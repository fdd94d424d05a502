// edition:2024
// A string interner returning small copyable symbols, with a resolve table.
use std::collections::HashMap;
use std::num::NonZeroU32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(NonZeroU32);

#[derive(Default)]
pub struct Interner {
    map: HashMap<Box<str>, Symbol>,
    strings: Vec<Box<str>>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> Symbol {
        if let Some(&sym) = self.map.get(s) {
            return sym;
        }
        let boxed: Box<str> = s.into();
        self.strings.push(boxed.clone());
        let id = NonZeroU32::new(self.strings.len() as u32).expect("len is at least one");
        let sym = Symbol(id);
        self.map.insert(boxed, sym);
        sym
    }

    pub fn resolve(&self, sym: Symbol) -> &str {
        &self.strings[sym.0.get() as usize - 1]
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }
}

fn main() {
    let mut i = Interner::default();
    let words = "the cat and the hat and the bat".split(' ');
    let syms: Vec<Symbol> = words.map(|w| i.intern(w)).collect();
    println!("{} unique of {}", i.len(), syms.len());
    let the = i.intern("the");
    let count = syms.iter().filter(|&&s| s == the).count();
    println!("'the' x{count}; first = {}", i.resolve(syms[0]));
    println!("{} {}", size_of::<Symbol>(), size_of::<Option<Symbol>>());
    assert!(!i.is_empty());
}
