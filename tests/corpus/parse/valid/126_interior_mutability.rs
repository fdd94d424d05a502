// Interior mutability: Cell for Copy counters, RefCell for caches, OnceCell for lazy fields.
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;

pub struct Document {
    text: String,
    reads: Cell<u32>,
    word_index: OnceCell<HashMap<String, Vec<usize>>>,
    query_cache: RefCell<HashMap<String, usize>>,
}

impl Document {
    pub fn new(text: &str) -> Self {
        Document { text: text.into(), reads: Cell::new(0), word_index: OnceCell::new(), query_cache: RefCell::default() }
    }

    fn index(&self) -> &HashMap<String, Vec<usize>> {
        self.word_index.get_or_init(|| {
            let mut idx: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, w) in self.text.split_whitespace().enumerate() {
                idx.entry(w.to_lowercase()).or_default().push(i);
            }
            idx
        })
    }

    pub fn count(&self, word: &str) -> usize {
        self.reads.set(self.reads.get() + 1);
        if let Some(&n) = self.query_cache.borrow().get(word) {
            return n;
        }
        let n = self.index().get(&word.to_lowercase()).map_or(0, Vec::len);
        self.query_cache.borrow_mut().insert(word.to_string(), n);
        n
    }
}

fn main() {
    let doc = Document::new("the cat sat on the mat The end");
    println!("{} {} {}", doc.count("the"), doc.count("THE"), doc.count("dog"));
    println!("reads={} cached={}", doc.reads.get(), doc.query_cache.borrow().len());
    let c = Cell::new(5);
    let old = c.replace(6);
    c.set(c.get() * 2);
    let r = RefCell::new(vec![1]);
    {
        let mut b = r.borrow_mut();
        b.push(2);
    }
    let ok = r.try_borrow_mut().is_ok();
    println!("{old} {} {:?} {ok}", c.get(), r.borrow());
}
