// A binary min-heap of tasks stored in a fixed array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Urgency {
    Critical = 0,
    High = 1,
    Normal = 2,
    Low = 3,
}

#[derive(Debug, Clone, Copy)]
struct Task {
    urgency: Urgency,
    id: u16,
    cost: u32,
}

impl Task {
    const EMPTY: Task = Task { urgency: Urgency::Low, id: 0, cost: 0 };

    fn key(&self) -> (u8, u16) {
        (self.urgency as u8, self.id)
    }
}

const CAP: usize = 12;

struct Heap {
    items: [Task; CAP],
    len: usize,
}

impl Heap {
    fn new() -> Self {
        Heap { items: [Task::EMPTY; CAP], len: 0 }
    }

    fn swap(&mut self, a: usize, b: usize) {
        let t = self.items[a];
        self.items[a] = self.items[b];
        self.items[b] = t;
    }

    fn push(&mut self, task: Task) -> bool {
        if self.len == CAP {
            return false;
        }
        let mut i = self.len;
        self.items[i] = task;
        self.len += 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.items[i].key() < self.items[parent].key() {
                self.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
        true
    }

    fn pop(&mut self) -> Task {
        assert!(self.len > 0, "pop from empty heap");
        let top = self.items[0];
        self.len -= 1;
        self.items[0] = self.items[self.len];
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < self.len && self.items[l].key() < self.items[smallest].key() {
                smallest = l;
            }
            if r < self.len && self.items[r].key() < self.items[smallest].key() {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.swap(i, smallest);
            i = smallest;
        }
        top
    }
}

fn main() {
    let incoming: [(Urgency, u32); 9] = [
        (Urgency::Normal, 30),
        (Urgency::Low, 5),
        (Urgency::Critical, 90),
        (Urgency::High, 45),
        (Urgency::Normal, 12),
        (Urgency::Critical, 60),
        (Urgency::Low, 1),
        (Urgency::High, 20),
        (Urgency::Normal, 8),
    ];
    let mut heap = Heap::new();
    for (n, &(urgency, cost)) in incoming.iter().enumerate() {
        let ok = heap.push(Task { urgency, id: n as u16 + 100, cost });
        assert!(ok);
    }
    let mut budget: u32 = 200;
    let mut done = 0;
    while heap.len > 0 {
        let t = heap.pop();
        if t.cost > budget {
            println!("skip  #{} {:?} (cost {} > budget {})", t.id, t.urgency, t.cost, budget);
            continue;
        }
        budget -= t.cost;
        done += 1;
        println!("run   #{} {:<8?} cost {:>3} left {:>3}", t.id, t.urgency, t.cost, budget);
    }
    println!("completed {} of {} tasks; Critical < Low: {}", done, incoming.len(), Urgency::Critical < Urgency::Low);
}
