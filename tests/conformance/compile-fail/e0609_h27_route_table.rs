// Route table lookups through nested references.
#[derive(Debug, Clone, Copy)]
struct Hop {
    router: u16,
    cost: u8,
}

#[derive(Debug)]
struct Route {
    dest: u32,
    first: Hop,
    hops: u8,
}

struct Table {
    routes: [Route; 2],
}

impl Table {
    fn best(&self) -> &Route {
        if self.routes[0].first.cost <= self.routes[1].first.cost {
            &self.routes[0]
        } else {
            &self.routes[1]
        }
    }
}

fn cost_of(route: &&Route) -> u32 {
    route.first.cost as u32 * route.hops as u32
}

fn main() {
    let table = Table {
        routes: [
            Route { dest: 0x0a00_0001, first: Hop { router: 4, cost: 3 }, hops: 2 },
            Route { dest: 0x0a00_0002, first: Hop { router: 5, cost: 1 }, hops: 6 },
        ],
    };
    let best = table.best();
    let r = &best;
    println!("dest {:x} via {}", r.dest, r.first.router);
    println!("cost {}", cost_of(&best));
    println!("metric {}", r.first.metric);
    println!("gateway {}", r.gateway);
    let total = table.total_cost();
    println!("{}", total);
}
