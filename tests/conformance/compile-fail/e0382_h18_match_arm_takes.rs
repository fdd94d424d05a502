// A parcel is matched by value in one arm and printed after the match; a route is moved
// into a helper in one `if` branch only and then used after the `if`.
#[derive(Debug)]
struct Route {
    stops: [u16; 4],
}

#[derive(Debug)]
enum Parcel {
    Letter(u32),
    Boxed { weight: u32, route: Route },
}

fn plan(route: Route) -> u16 {
    let mut total = 0;
    for s in route.stops {
        total += s;
    }
    total
}

fn weigh(p: &Parcel) -> u32 {
    match p {
        Parcel::Letter(w) => *w,
        Parcel::Boxed { weight, .. } => *weight,
    }
}

fn main() {
    let parcel = Parcel::Boxed { weight: 12, route: Route { stops: [1, 5, 9, 2] } };
    let cost = match parcel {
        Parcel::Letter(w) => w * 2,
        Parcel::Boxed { weight, route } => weight * 3 + plan(route) as u32,
    };
    println!("cost {} for {}", cost, weigh(&parcel));

    let express = Route { stops: [4, 4, 4, 4] };
    let urgent = cost > 30;
    if urgent {
        println!("urgent: {}", plan(express));
    } else {
        println!("standard");
    }
    println!("{:?}", express);
}
