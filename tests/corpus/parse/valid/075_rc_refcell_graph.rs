// A graph with shared ownership: Rc<RefCell<Node>> edges and Weak back-references.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::{Rc, Weak};

#[derive(Debug)]
pub struct Node {
    pub name: String,
    pub edges: Vec<Rc<RefCell<Node>>>,
    pub parent: Option<Weak<RefCell<Node>>>,
}

pub type NodeRef = Rc<RefCell<Node>>;

pub fn node(name: &str) -> NodeRef {
    Rc::new(RefCell::new(Node { name: name.to_string(), edges: vec![], parent: None }))
}

pub fn connect(from: &NodeRef, to: &NodeRef) {
    from.borrow_mut().edges.push(Rc::clone(to));
    to.borrow_mut().parent = Some(Rc::downgrade(from));
}

pub fn reachable(start: &NodeRef) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut stack = vec![Rc::clone(start)];
    let mut order = Vec::new();
    while let Some(n) = stack.pop() {
        let name = n.borrow().name.clone();
        if !seen.insert(name.clone()) {
            continue;
        }
        order.push(name);
        for e in n.borrow().edges.iter().rev() {
            stack.push(e.clone());
        }
    }
    order
}

fn parent_name(n: &NodeRef) -> Option<String> {
    let parent = n.borrow().parent.as_ref()?.upgrade()?;
    let name = parent.borrow().name.clone();
    Some(name)
}

fn main() {
    let a = node("a");
    let b = node("b");
    let c = node("c");
    connect(&a, &b);
    connect(&a, &c);
    connect(&b, &c);
    println!("{:?}", reachable(&a));
    println!("{:?} {:?}", parent_name(&c), parent_name(&a));
    println!("strong={} weak={}", Rc::strong_count(&c), Rc::weak_count(&a));
    {
        let mut bm = b.borrow_mut();
        bm.name.push_str("-renamed");
    }
    println!("{}", b.borrow().name);
}
