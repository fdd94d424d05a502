// Observer pattern with Weak references so that dropped observers are pruned automatically.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub trait Observer {
    fn notify(&self, topic: &str, value: i64);
}

#[derive(Default)]
pub struct Subject {
    observers: RefCell<Vec<Weak<dyn Observer>>>,
}

impl Subject {
    pub fn attach(&self, o: &Rc<dyn Observer>) {
        self.observers.borrow_mut().push(Rc::downgrade(o));
    }

    pub fn emit(&self, topic: &str, value: i64) -> usize {
        let mut delivered = 0;
        self.observers.borrow_mut().retain(|w| match w.upgrade() {
            Some(o) => {
                o.notify(topic, value);
                delivered += 1;
                true
            }
            None => false,
        });
        delivered
    }
}

struct Logger {
    prefix: String,
    seen: RefCell<Vec<String>>,
}

impl Observer for Logger {
    fn notify(&self, topic: &str, value: i64) {
        self.seen.borrow_mut().push(format!("{}{topic}={value}", self.prefix));
    }
}

struct Threshold {
    limit: i64,
    tripped: std::cell::Cell<bool>,
}

impl Observer for Threshold {
    fn notify(&self, _topic: &str, value: i64) {
        if value > self.limit {
            self.tripped.set(true);
        }
    }
}

fn main() {
    let subject = Subject::default();
    let logger = Rc::new(Logger { prefix: "log:".into(), seen: RefCell::new(vec![]) });
    let logger_dyn: Rc<dyn Observer> = logger.clone();
    subject.attach(&logger_dyn);
    let n1 = {
        let threshold: Rc<dyn Observer> = Rc::new(Threshold { limit: 10, tripped: Default::default() });
        subject.attach(&threshold);
        subject.emit("temp", 12)
    };
    let n2 = subject.emit("temp", 5);
    println!("{n1} {n2} {:?}", logger.seen.borrow());
}
