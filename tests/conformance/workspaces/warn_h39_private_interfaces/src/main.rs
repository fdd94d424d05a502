use queue_kit::{Job, Queue};

fn main() {
    let mut q = Queue::new();
    for id in 0..10 {
        let ok = q.push(Job { id, priority: (id % 3) as u8 });
        if !ok {
            println!("queue full at {}", id);
        }
    }
    println!("{} jobs, soft limit {}", q.len(), q.limits.soft);
}
