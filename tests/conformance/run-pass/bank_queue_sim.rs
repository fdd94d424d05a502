// A bank with two tellers serving a fixed stream of customers (discrete-event simulation).
#[derive(Clone, Copy)]
struct Customer {
    arrives: u32,
    service: u32,
}

#[derive(Clone, Copy, Default)]
struct Teller {
    busy_until: u32,
    served: u32,
    busy_time: u32,
}

fn main() {
    let customers = [
        Customer { arrives: 0, service: 5 },
        Customer { arrives: 1, service: 3 },
        Customer { arrives: 2, service: 8 },
        Customer { arrives: 4, service: 2 },
        Customer { arrives: 5, service: 4 },
        Customer { arrives: 9, service: 6 },
        Customer { arrives: 10, service: 1 },
        Customer { arrives: 11, service: 7 },
        Customer { arrives: 15, service: 3 },
    ];
    let mut tellers = [Teller::default(); 2];
    let mut total_wait = 0;
    let mut longest_wait = 0;
    for (i, c) in customers.iter().enumerate() {
        let mut pick = 0;
        for t in 1..tellers.len() {
            if tellers[t].busy_until < tellers[pick].busy_until {
                pick = t;
            }
        }
        let start = c.arrives.max(tellers[pick].busy_until);
        let wait = start - c.arrives;
        tellers[pick].busy_until = start + c.service;
        tellers[pick].served += 1;
        tellers[pick].busy_time += c.service;
        total_wait += wait;
        longest_wait = longest_wait.max(wait);
        println!("customer {} -> teller {} start {:>2} wait {}", i, pick, start, wait);
    }
    let end = tellers[0].busy_until.max(tellers[1].busy_until);
    for (i, t) in tellers.iter().enumerate() {
        println!("teller {} served {} utilisation {:.1}%", i, t.served, 100.0 * t.busy_time as f64 / end as f64);
    }
    println!("mean wait {:.3}, longest {}", total_wait as f64 / customers.len() as f64, longest_wait);
}
