// Auto-ref and auto-deref of method receivers through &, &mut and &&.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Counter {
    hits: u32,
    limit: u32,
}

impl Counter {
    const START: u32 = 0;

    fn new(limit: u32) -> Counter {
        Counter { hits: Self::START, limit }
    }

    fn hit(&mut self) -> bool {
        if self.hits < self.limit {
            self.hits += 1;
            true
        } else {
            false
        }
    }

    fn left(&self) -> u32 {
        self.limit - self.hits
    }

    fn consume(self) -> u32 {
        self.hits * 10
    }
}

impl Counter {
    fn report(&self) -> u32 {
        self.left() + Counter::START
    }
}

fn via_double(c: &&Counter) -> u32 {
    c.left() + (*c).report() + (**c).hits
}

fn via_mut(c: &mut Counter) -> u32 {
    c.hit();
    let again = &mut *c;
    again.hit();
    c.left()
}

fn main() {
    let mut c = Counter::new(5);
    println!("hit: {}", c.hit());
    let r = &c;
    println!("double: {}", via_double(&r));
    println!("mut: {}", via_mut(&mut c));
    let rr = &&c;
    println!("left via &&: {}", rr.left());
    println!("consume copy: {}", c.consume());
    println!("still usable: {:?}", c);
    let mut arr = [Counter::new(1), Counter::new(2)];
    for x in arr.iter_mut() {
        x.hit();
    }
    for x in &arr {
        println!("{} {}", x.hits, x.report());
    }
    let total = Counter::consume(arr[1]) + Counter::left(&arr[0]);
    println!("total: {}", total);
}
