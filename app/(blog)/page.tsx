import { HomePage } from "@/components/blog/home-page";

export default function Home() {
  return <HomePage page={1} />;
}
