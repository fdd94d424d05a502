// A job queue retries a job in a `while` loop, moving the job into `dispatch` on every pass;
// later a match arm takes the report by value and the report is printed again afterwards.
#[derive(Debug)]
struct Job {
    name: &'static str,
    payload: [u32; 4],
}

#[derive(Debug)]
enum Report {
    Done(Job),
    Failed { job: Job, code: i32 },
}

fn dispatch(job: Job, attempt: u32) -> Report {
    let total: u32 = job.payload[0] + job.payload[3];
    if total % (attempt + 1) == 0 {
        Report::Done(job)
    } else {
        Report::Failed { job, code: attempt as i32 }
    }
}

fn main() {
    let job = Job { name: "resize", payload: [3, 1, 4, 1] };
    let mut attempt = 0;
    let mut last = Report::Failed { job: Job { name: "none", payload: [0; 4] }, code: -1 };
    while attempt < 3 {
        last = dispatch(job, attempt);
        attempt += 1;
    }
    let summary = match last {
        Report::Done(j) => j.name,
        Report::Failed { job, code } => {
            println!("failed with {}", code);
            job.name
        }
    };
    println!("{} {:?}", summary, last);
}
