// Dereferencing the `.iter()` loop variable to get an owned struct.
#[derive(Debug)]
struct Job {
    id: u32,
    cost: [u16; 3],
}

fn total(job: Job) -> u32 {
    let mut t = 0;
    for c in job.cost {
        t += c as u32;
    }
    t
}

fn main() {
    let jobs = [Job { id: 1, cost: [3, 4, 5] }, Job { id: 2, cost: [10, 0, 1] }];
    for j in jobs.iter() {
        let owned = *j;
        let id = owned.id;
        println!("job {} costs {}", id, total(owned));
    }
    println!("{:?}", jobs[0]);
}
