// RAII guards: Drop impls that restore state, scope guards built from closures, mem::forget.
use std::cell::{Cell, RefCell};

struct Indent<'a> {
    depth: &'a Cell<usize>,
}

impl<'a> Indent<'a> {
    fn enter(depth: &'a Cell<usize>) -> Self {
        depth.set(depth.get() + 1);
        Indent { depth }
    }
}

impl Drop for Indent<'_> {
    fn drop(&mut self) {
        self.depth.set(self.depth.get() - 1);
    }
}

pub struct ScopeGuard<F: FnMut()> {
    on_exit: F,
    armed: bool,
}

impl<F: FnMut()> ScopeGuard<F> {
    pub fn new(on_exit: F) -> Self {
        ScopeGuard { on_exit, armed: true }
    }

    pub fn disarm(mut self) {
        self.armed = false;
    }
}

impl<F: FnMut()> Drop for ScopeGuard<F> {
    fn drop(&mut self) {
        if self.armed {
            (self.on_exit)();
        }
    }
}

fn log(depth: &Cell<usize>, lines: &RefCell<Vec<String>>, msg: &str) {
    lines.borrow_mut().push(format!("{}{}", "  ".repeat(depth.get()), msg));
}

fn main() {
    let depth = Cell::new(0);
    let lines = RefCell::new(Vec::new());
    log(&depth, &lines, "start");
    {
        let _g = Indent::enter(&depth);
        log(&depth, &lines, "inside");
        {
            let _g2 = Indent::enter(&depth);
            log(&depth, &lines, "deeper");
        }
        log(&depth, &lines, "back");
    }
    log(&depth, &lines, "end");
    let cleaned = Cell::new(false);
    {
        let _guard = ScopeGuard::new(|| cleaned.set(true));
    }
    let kept = Cell::new(false);
    ScopeGuard::new(|| kept.set(true)).disarm();
    let forgotten = Indent::enter(&depth);
    std::mem::forget(forgotten);
    println!("{}\ncleaned={} kept={} depth={}", lines.borrow().join("\n"), cleaned.get(), kept.get(), depth.get());
}
