// Calling a method that takes `self` by value through a reference.
#[derive(Debug)]
struct Order {
    id: u32,
    items: [u16; 3],
}

impl Order {
    fn into_total(self) -> u32 {
        let mut t = 0;
        for i in self.items {
            t += i as u32;
        }
        t
    }

    fn preview(&self) -> u32 {
        self.into_total()
    }
}

fn summarize(o: &Order) -> u32 {
    o.into_total() + o.id
}

fn main() {
    let orders = [
        Order { id: 1, items: [3, 4, 5] },
        Order { id: 2, items: [10, 0, 1] },
    ];
    let mut grand = 0;
    for o in &orders {
        grand += summarize(o);
        println!("order {} preview {}", o.id, o.preview());
    }
    println!("grand total {grand}");
}
